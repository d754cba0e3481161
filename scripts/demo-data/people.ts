import type { Gender, Locale } from '@suite/contracts';

/** Invented names, common in Sweden, by self-declared group; neutral names for the other groups. */
export const firstNames: Record<Gender, readonly string[]> = {
  woman:
    'Anna Eva Maria Karin Sara Elin Linnea Emma Ida Johanna Sofia Fatima Amina Leila Olena Zeynep Hanna Malin Ebba Alva Priya Maja'.split(
      ' ',
    ),
  man: 'Erik Lars Anders Johan Karl Oskar Nils Ali Mohammed Ahmad Jonas Viktor Emil Daniel Yusuf Mattias Hugo Omar Piotr Andrés Filip Per'.split(
    ' ',
  ),
  non_binary: 'Kim Robin Alex Sam Love Noa Mika Charlie Ari Eli'.split(' '),
  undisclosed: 'Kim Robin Alex Sam Jamie Noa Tove Micha Sasha Nour'.split(' '),
};

export const surnames: readonly string[] =
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindberg Holm Bergström Sandberg Hassan Ahmed Ali Nowak Kovalenko Yilmaz Haddad Rahimi Garcia Nguyen Ekström Lund'.split(
    ' ',
  );

/** The share of each group among the generated innovators (self-declared; some choose not to say). */
export const genderMix: readonly [Gender, number][] = [
  ['woman', 0.47],
  ['man', 0.41],
  ['non_binary', 0.05],
  ['undisclosed', 0.07],
];

export const localeMix: readonly [Locale, number][] = [
  ['sv', 0.68],
  ['en', 0.32],
];

/** Most innovators live in Skåne, where the need owners are; a few come from neighbouring regions. */
export const regionMix: readonly [string, number][] = [
  ['Skåne', 0.85],
  ['Halland', 0.05],
  ['Blekinge', 0.04],
  ['Kronoberg', 0.03],
  ['Stockholm', 0.03],
];

/** Reserved example domains (RFC 2606): mail to them can never reach a real person. */
export const emailDomains: readonly string[] = 'example.org example.net example.com'.split(' ');

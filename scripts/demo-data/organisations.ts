import type { Organisation } from '@suite/contracts';

/**
 * The need owners of the demo, modelled on the programmes in the Swedish seed texts: a municipality
 * and a region that host test environments, a non-profit from the idea-driven sector and a company.
 * Contact addresses are on reserved example domains, so no mail can reach a real inbox.
 */
export const demoOrganisations: Organisation[] = [
  {
    id: 'org-helsingborgs-stad',
    name: 'Helsingborgs stad',
    kind: 'municipality',
    region: 'Skåne',
    contactEmail: 'behovsagare@helsingborg.example.org',
    locale: 'sv',
  },
  {
    id: 'org-region-skane',
    name: 'Region Skåne',
    kind: 'region',
    region: 'Skåne',
    contactEmail: 'innovation@region-skane.example.org',
    locale: 'sv',
  },
  {
    id: 'org-ideburna-skane',
    name: 'Idéburna Skåne - nätverket för föreningar och sociala företag',
    kind: 'non_profit',
    region: 'Skåne',
    contactEmail: 'kontakt@ideburna-skane.example.org',
    locale: 'sv',
  },
  {
    id: 'org-oresund-fastigheter',
    name: 'Öresund Fastigheter AB',
    kind: 'company',
    region: 'Skåne',
    contactEmail: 'hallbarhet@oresund-fastigheter.example.com',
    locale: 'en',
  },
];

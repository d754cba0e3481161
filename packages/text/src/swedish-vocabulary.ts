/**
 * Common Swedish content words used as parts when splitting compounds (together with every Swedish
 * form of the SDG lexicon and the concept map). Chosen for the texts this product handles: public
 * services, welfare, work, environment and innovation. Only words of three letters or more that are
 * rarely a prefix of unrelated words, to keep false splits down.
 */
export const SWEDISH_VOCABULARY: readonly string[] = `
samhälle utmaning behov ägare innovation innovatör process metod stöd modell projekt program plan
struktur miljö test plats område stad kommun region land värld nation stat myndighet förvaltning
verksamhet organisation förening företag näring näringsliv affär marknad handel tjänst produkt
kund brukare användare medborgare invånare person människa grupp familj förälder barn ungdom elev
student lärare skola förskola utbildning kunskap kompetens lärande forskning vetenskap universitet
högskola kurs bok läsning språk kultur konst musik idrott sport fritid lek spel hälsa vård sjukdom
sjukhus läkare patient omsorg äldre pension arbete jobb yrke lön anställning arbetsplats chef ledare
ledning styrning politik beslut lag regel rätt rättighet skydd säkerhet trygghet brott polis våld
fred krig konflikt kvinna man flicka pojke kön jämställdhet lika mångfald integration inkludering
migration flykting språkcafé bostad hus hem boende hyra byggnad bygg stadsdel förort landsbygd by
väg gata trafik buss tåg cykel bil resa transport energi el värme kraft sol vind vatten hav sjö
skog mark jord natur djur växt art klimat luft utsläpp avfall sopor plast återvinning resurs
material mat måltid livsmedel kost näring odling jordbruk fisk fiske pengar ekonomi kostnad budget
skatt bidrag finansiering investering bank lån försäkring fattigdom inkomst rikedom ojämlikhet
digital data teknik internet mobil app plattform system nätverk information kommunikation media
design form idé lösning förslag koncept insats åtgärd effekt resultat mål syfte vision strategi
samarbete samverkan partner partnerskap dialog möte mötesplats nätverk kontakt relation vän
volontär ideell frivillig social socialt sociala grannskap gemenskap tillit delaktighet inflytande
demokrati val röst ansvar hållbarhet utveckling tillväxt framtid förändring omställning kris
katastrof beredskap risk hot skada olycka problem fråga svar lärdom erfarenhet kvalitet relevans
hantering tjänst service kontakt yta del mål grupp utanförskap ensamhet psykisk stress sömn rörelse motion vikt diabetes
brand landskap dagvatten avlopp plast mikro sensor cancer hjärta blod donation givare mödra mamma pappa graviditet förlossning foster spädbarn
`
  .split(/\s+/)
  .filter((word) => word.length >= 3);

import type { Language } from './i18n';

// Short goal names as the UN and the Swedish government (Agenda 2030) write them.
const names: Record<Language, readonly string[]> = {
  en: [
    'No poverty',
    'Zero hunger',
    'Good health and well-being',
    'Quality education',
    'Gender equality',
    'Clean water and sanitation',
    'Affordable and clean energy',
    'Decent work and economic growth',
    'Industry, innovation and infrastructure',
    'Reduced inequalities',
    'Sustainable cities and communities',
    'Responsible consumption and production',
    'Climate action',
    'Life below water',
    'Life on land',
    'Peace, justice and strong institutions',
    'Partnerships for the goals',
  ],
  sv: [
    'Ingen fattigdom',
    'Ingen hunger',
    'God hälsa och välbefinnande',
    'God utbildning för alla',
    'Jämställdhet',
    'Rent vatten och sanitet för alla',
    'Hållbar energi för alla',
    'Anständiga arbetsvillkor och ekonomisk tillväxt',
    'Hållbar industri, innovationer och infrastruktur',
    'Minskad ojämlikhet',
    'Hållbara städer och samhällen',
    'Hållbar konsumtion och produktion',
    'Bekämpa klimatförändringarna',
    'Hav och marina resurser',
    'Ekosystem och biologisk mångfald',
    'Fredliga och inkluderande samhällen',
    'Genomförande och globalt partnerskap',
  ],
};

export const sdgName = (goal: number, language: Language) => `${goal}. ${names[language][goal - 1] ?? ''}`;

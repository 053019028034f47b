import type { IndicatorCreate } from '../indicators/schema.ts';

type DemoIndicator = IndicatorCreate & {
  key: string;
  /** typical value per organisation at the peak */ peak: number;
  base: number;
  capacity?: number;
};

const inpatients: DemoIndicator = {
  key: 'covid_inpatients',
  nameSv: 'Inneliggande patienter med covid-19',
  nameEn: 'Covid-19 inpatients',
  unit: 'st',
  kind: 'integer',
  maxValue: 2000,
  higherIs: 'worse',
  base: 12,
  peak: 85,
};
const icu: DemoIndicator = {
  key: 'covid_icu',
  nameSv: 'Covid-19-patienter på IVA',
  nameEn: 'Covid-19 patients in intensive care',
  unit: 'st',
  kind: 'integer',
  maxValue: 200,
  higherIs: 'worse',
  base: 2,
  peak: 14,
};
const sickLeave: DemoIndicator = {
  key: 'staff_sick_leave',
  nameSv: 'Sjukfrånvaro bland personal',
  nameEn: 'Staff sick leave',
  unit: '%',
  kind: 'percent',
  higherIs: 'worse',
  base: 6,
  peak: 17,
};
const tests: DemoIndicator = {
  key: 'tests_per_day',
  nameSv: 'Provtagningar per dag mot utlovad kapacitet',
  nameEn: 'Tests per day against promised capacity',
  unit: 'st',
  kind: 'capacity',
  higherIs: 'better',
  base: 900,
  peak: 2100,
  capacity: 2400,
};
const vaccination: DemoIndicator = {
  key: 'vaccination_70plus',
  nameSv: 'Vaccinationstäckning 70+ (dos 1)',
  nameEn: 'Vaccination coverage 70+ (dose 1)',
  unit: '%',
  kind: 'percent',
  higherIs: 'better',
  base: 0,
  peak: 0,
};
const shortTermBeds: DemoIndicator = {
  key: 'free_short_term_beds',
  nameSv: 'Lediga korttidsplatser',
  nameEn: 'Free short-term care beds',
  unit: 'st',
  kind: 'integer',
  maxValue: 500,
  higherIs: 'better',
  base: 9,
  peak: 1,
};
const gloves: DemoIndicator = {
  key: 'glove_stock_days',
  nameSv: 'Lager av handskar',
  nameEn: 'Stock of gloves',
  unit: 'dagar',
  kind: 'days',
  maxValue: 365,
  higherIs: 'better',
  base: 45,
  peak: 12,
};
const careHomeInfected: DemoIndicator = {
  key: 'care_home_infected',
  nameSv: 'Smittade brukare i särskilt boende',
  nameEn: 'Infected care-home residents',
  unit: 'st',
  kind: 'integer',
  maxValue: 1000,
  higherIs: 'worse',
  base: 0,
  peak: 9,
};
const homeCareInfected: DemoIndicator = {
  key: 'home_care_infected',
  nameSv: 'Smittade brukare i hemtjänst',
  nameEn: 'Infected home-care clients',
  unit: 'st',
  kind: 'integer',
  maxValue: 1000,
  higherIs: 'worse',
  base: 1,
  peak: 14,
};

export const demoIndicators: Record<string, DemoIndicator[]> = {
  Välfärdsrådet: [
    { ...inpatients, organizationKinds: ['region'] },
    { ...icu, organizationKinds: ['region'] },
    { ...tests, organizationKinds: ['region'] },
    { ...vaccination, organizationKinds: ['region', 'kommun'] },
    sickLeave,
    { ...shortTermBeds, organizationKinds: ['kommun'] },
    { ...careHomeInfected, organizationKinds: ['kommun'] },
    gloves,
  ],
  'Länsnätverket för förvaltningschefer': [
    { ...sickLeave, organizationKinds: ['kommun'] },
    { ...shortTermBeds, organizationKinds: ['kommun'] },
    { ...careHomeInfected, organizationKinds: ['kommun'] },
    { ...homeCareInfected, organizationKinds: ['kommun'] },
    { ...gloves, organizationKinds: ['kommun'] },
  ],
  'Samlad sjukvårdsresurs i Halland': [
    { ...inpatients, organizationKinds: ['sjukhus'] },
    { ...icu, organizationKinds: ['sjukhus'] },
    { ...tests, organizationKinds: ['primarvard', 'privat_vardgivare'], base: 400, peak: 1100, capacity: 1200 },
    sickLeave,
    { ...shortTermBeds, organizationKinds: ['kommun'] },
    { ...vaccination, organizationKinds: ['kommun', 'primarvard'] },
  ],
};

export type { DemoIndicator };

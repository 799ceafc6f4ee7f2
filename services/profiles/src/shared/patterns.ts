/** Metropolitan départements (Corsica as 2A/2B) and overseas ones (971–978, 984–988). */
export const DEPARTMENT_CODE_PATTERN = '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-8])$';
export const DEPARTMENT_CODE = new RegExp(DEPARTMENT_CODE_PATTERN);

/** French numbers, national (`01 23 45 67 89`) or international (`+33 1 23 45 67 89`) form. */
export const FRENCH_PHONE = /^(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}$/;

export const NAME_MAX_LENGTH = 100;
export const TEXT_MAX_LENGTH = 200;
export const MAX_SKILLS_PER_AGENT = 30;
export const MAX_HOURS_PER_MONTH = 80;

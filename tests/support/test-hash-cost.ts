/** Tests hash passwords at a low cost (a server setting): the production cost takes a quarter second a sign-in. */
export const testHashCost = 12;

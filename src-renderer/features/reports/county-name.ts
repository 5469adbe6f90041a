/**
 * The county named at the top of every report. A build setting for now (`VITE_COUNTY_NAME`, set
 * when the county's IT builds its installers with `npm run dist`); it belongs with the county's
 * other settings in reference data once that holds one.
 */
export const countyName: string = import.meta.env.VITE_COUNTY_NAME || 'County IT Services';

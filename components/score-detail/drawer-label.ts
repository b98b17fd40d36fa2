/** The drawer's accessible name (a complementary landmark), the same while loading and loaded. */
export const DRAWER_LABEL = "Open score";

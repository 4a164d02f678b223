/** The base path the sub-path build is made and served under. */
export const BASE_PATH = '/reviews/';

/** The folder of that build, beside `build/`. */
export const SUBPATH_BUILD_DIR = 'build-subpath';

// The only reader of the environment for the browser test: where Chromium is, and whether this is CI.
export const browserConfig = Object.freeze({
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  ci: process.env.CI === 'true',
});

// Errors React recovered from while hydrating the prerendered page. One is by design: the export bar's code loads
// after the first chart, so the build leaves its boundary to the browser (React error 419, "the server could not
// finish this Suspense boundary"). Any other, such as markup that does not match, is reported as React would.
const LEFT_TO_THE_BROWSER = /#419\b|could not finish this Suspense boundary/;

export const onHydrationError = (error: unknown): void => {
  if (error instanceof Error && LEFT_TO_THE_BROWSER.test(error.message)) return;
  reportError(error);
};

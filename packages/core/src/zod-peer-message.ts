/** What a user without zod reads when they import an entry that needs it. */
export const missingZod =
  'zod is not installed. Response validation (`./validate`) and the msw mocks (`./msw`) of the @org clients ' +
  'need it as a peer dependency: run `npm install zod` (zod 4.1 or newer).';

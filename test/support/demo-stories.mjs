// The demo's stories by the part they play in the tests and the screenshots (slugs of
// demo/articles/*.html): three free reads use up a new reader's month, the fourth locks.
export const FREE_STORIES = [
  'council-backs-riverside-tram-line',
  'ashworths-bakery-moves-into-old-post-office',
  'regent-cinema-reopens-with-film-festival',
];
export const FOURTH_STORY = 'harbour-road-women-reach-cup-semi-final';
export const HARD_MODE_STORY = 'kingsmead-bridge-closure-detour-plan';
export const SUBSCRIBERS_ONLY_STORY = 'inside-the-citys-parking-fine-millions';

// Copied into src/ by the test after the app has built: tsc must fail on it.
// expect: Type '"big"' is not assignable to type
import 'ally-widgets';

export const Wrong = () => <ally-crisis variant="big" />;

// Copied into src/, beside the app, by the test: the type-check must fail here, with this error.
// expect: Type '"big"' is not assignable to type
import 'ally-widgets';

export const Wrong = () => <ally-crisis variant="big" />;

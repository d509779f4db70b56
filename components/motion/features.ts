// Loaded on demand by LazyMotion, so the animation engine is not part of any page's first load.
import { domAnimation } from 'framer-motion';

export default domAnimation;

import { lessonOrder } from '../../content/lessons/order';

/** Every page of the module a person can open. */
export const PAGE_ROUTES = [
  '/',
  '/start',
  '/lessons',
  ...lessonOrder.map((slug) => `/lessons/${slug}`),
  '/after',
  '/final',
  '/certificate',
  '/verify',
  '/educators/assign',
  '/educators/review',
  '/progress',
  '/data',
  '/about',
  '/educators',
];

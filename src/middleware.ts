/** Sets the route context (src/i18n/route-context.ts) on `Astro.locals` once per page. */
import { defineMiddleware } from 'astro:middleware';
import { routeContext, type RouteProps } from './i18n/route-context.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, routeContext(context.params, context.props as RouteProps));
  return next();
});

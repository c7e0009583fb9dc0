import { RouteNotFoundError } from '../errors.js';
import type { HttpEvent, HttpResult } from './http-types.js';

export type RouteHandler = (event: HttpEvent) => Promise<HttpResult>;

/** Calls the route API Gateway matched (`event.routeKey`); a function never serves routes it does not own. */
export function dispatch(routes: Readonly<Record<string, RouteHandler>>, event: HttpEvent): Promise<HttpResult> {
  const route = Object.hasOwn(routes, event.routeKey) ? routes[event.routeKey] : undefined;
  if (!route) throw new RouteNotFoundError();
  return route(event);
}

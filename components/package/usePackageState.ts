'use client';

import { useSyncExternalStore } from 'react';
import { packageState, STATE_BEFORE_LAUNCH, subscribePackage, type PackageState } from './runtime';

/** The launch's state (LMS, pass mark in force, a refusal pending); the build's defaults while prerendering. */
export function usePackageState(): PackageState {
  return useSyncExternalStore(subscribePackage, packageState, () => STATE_BEFORE_LAUNCH);
}

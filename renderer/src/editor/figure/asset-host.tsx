/**
 * Which host serves the renderer (AppInfo['host'], from `app:info`), for the
 * figure views: they build their images' display URLs themselves (`assetUrl`),
 * which differ between Electron's protocol and the web host's route.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AssetHost } from '../../../../shared/article/asset-url';

const AssetHostContext = createContext<AssetHost | null>(null);

export function AssetHostProvider({ host, children }: { host: AssetHost; children: ReactNode }) {
  return <AssetHostContext.Provider value={host}>{children}</AssetHostContext.Provider>;
}

/** Null outside the app (then figures show the missing-image placeholder). */
export function useAssetHost(): AssetHost | null {
  return useContext(AssetHostContext);
}

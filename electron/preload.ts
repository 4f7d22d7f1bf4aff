// Runs sandboxed before the renderer: it cannot require local files, which is why esbuild bundles it.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '../contract/bridge';
import { createBridge } from './createBridge';

contextBridge.exposeInMainWorld(bridgeGlobalName, createBridge(ipcRenderer));

import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preload-api';

contextBridge.exposeInMainWorld('fielddeskBridge', createBridge(ipcRenderer));

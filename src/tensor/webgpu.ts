import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the run metadata records about the WebGPU adapter tfjs computes on. */
export interface WebgpuAdapter {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** true for a CPU implementation (lavapipe, SwiftShader): results are real, speed is not */
  software: boolean;
  /** where the Vulkan driver came from: the machine's own, or the folder scripts/setup-lavapipe.sh fills */
  driver: 'system' | 'lavapipe-folder';
}

/** The folder scripts/setup-lavapipe.sh unpacks Mesa's lavapipe into (CLAIMCHECK_GPU_DIR overrides). */
export function lavapipeDir(): string {
  return process.env.CLAIMCHECK_GPU_DIR || fileURLToPath(new URL('../../.claimcheck-gpu/', import.meta.url));
}

/** The unpacked lavapipe ICD, if scripts/setup-lavapipe.sh has run. */
export function lavapipeIcd(): string | undefined {
  const icd = path.join(lavapipeDir(), 'lvp_icd.json');
  return fs.existsSync(icd) ? icd : undefined;
}

export const LAVAPIPE_HINT = 'bash scripts/setup-lavapipe.sh brings a software adapter (Mesa lavapipe) to a Debian bookworm machine';

// Where the Vulkan loader looks for driver manifests, plus the NVIDIA container mount the device
// machines use (not a loader default, so it is passed on through VK_DRIVER_FILES when found there).
const ICD_DIRS = ['/etc/vulkan/icd.d', '/usr/share/vulkan/icd.d', '/usr/local/share/vulkan/icd.d', '/usr/local/nvidia/share/vulkan/icd.d'];
const SOFTWARE_DRIVER = /lvp|lavapipe|swiftshader|llvmpipe/i;

/** Vulkan driver manifests that name a hardware driver (not lavapipe or SwiftShader). */
export function hardwareIcds(): string[] {
  const given = process.env.VK_DRIVER_FILES || process.env.VK_ICD_FILENAMES;
  const files = given
    ? given.split(':').filter(Boolean)
    : ICD_DIRS.flatMap((d) => { try { return fs.readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)); } catch { return []; } });
  return files.filter((f) => {
    try {
      const lib = String((JSON.parse(fs.readFileSync(f, 'utf8')) as { ICD?: { library_path?: string } }).ICD?.library_path ?? '');
      return lib !== '' && !SOFTWARE_DRIVER.test(lib) && !SOFTWARE_DRIVER.test(path.basename(f));
    } catch {
      return false;
    }
  });
}

// dlopen flag missing from Node 20's os.constants.dlopen (glibc's value): keeps a library loaded
// after process.dlopen finds no Node module in it.
const RTLD_NODELETE = 0x1000;

/**
 * Point the Vulkan loader at the unpacked lavapipe. LD_LIBRARY_PATH cannot change in a running
 * process, so the unpacked libdrm (lavapipe needs ≥ 2.4.121, bookworm has 2.4.114) and, on a machine
 * without one, libvulkan are loaded here by absolute path first: the dynamic linker then resolves
 * dawn.node's dlopen("libvulkan.so.1") and lavapipe's libdrm.so.2 to these already-loaded sonames.
 */
function useLavapipe(icd: string): void {
  process.env.VK_ICD_FILENAMES = icd;
  delete process.env.VK_DRIVER_FILES;
  const lib = path.join(lavapipeDir(), 'root/usr/lib/x86_64-linux-gnu');
  const { RTLD_NOW, RTLD_GLOBAL } = os.constants.dlopen;
  for (const so of ['libdrm.so.2', 'libdrm_amdgpu.so.1', 'libvulkan.so.1']) {
    const file = path.join(lib, so);
    if (!fs.existsSync(file)) continue;
    try {
      process.dlopen({ exports: {} } as NodeJS.Module, file, RTLD_NOW | RTLD_GLOBAL | RTLD_NODELETE);
    } catch (err) {
      // "did not self-register" is expected: it is a plain library, now loaded; anything else is not.
      if (!/self-register/.test(String((err as Error).message))) throw err;
    }
  }
}

interface GpuLike {
  requestAdapter(opts?: unknown): Promise<{ info: Record<string, unknown> } | null>;
}

let chosen: WebgpuAdapter | undefined;

/** The adapter the WebGPU backend started on in this process, if it did. */
export function webgpuAdapter(): WebgpuAdapter | undefined {
  return chosen;
}

function describe(info: Record<string, unknown>, driver: WebgpuAdapter['driver']): WebgpuAdapter {
  const s = (k: string) => String(info[k] ?? '');
  const software = info.isFallbackAdapter === true || s('architecture') === 'software' || SOFTWARE_DRIVER.test(`${s('device')} ${s('description')}`);
  return { vendor: s('vendor'), architecture: s('architecture'), device: s('device'), description: s('description'), software, driver };
}

interface Found {
  webgpu: { create(flags: string[]): GpuLike; globals: Record<string, unknown> };
  gpu: GpuLike;
  adapter: WebgpuAdapter;
}

/**
 * Find the adapter Dawn would give: a hardware one through the machine's Vulkan driver, or, when
 * `allowSoftware`, lavapipe from the folder scripts/setup-lavapipe.sh fills.
 * @returns the adapter, or why there is none (one line).
 */
async function findAdapter(allowSoftware: boolean): Promise<Found | string> {
  const hardware = hardwareIcds();
  let driver: WebgpuAdapter['driver'] = 'system';
  if (hardware.length === 0) {
    if (!allowSoftware) return 'no GPU driver (no hardware Vulkan ICD manifest)';
    const icd = lavapipeIcd();
    if (!icd) return `no GPU driver and no software adapter (${LAVAPIPE_HINT})`;
    useLavapipe(icd);
    driver = 'lavapipe-folder';
  } else if (!process.env.VK_DRIVER_FILES && !process.env.VK_ICD_FILENAMES && hardware.every((f) => f.startsWith('/usr/local/nvidia/'))) {
    process.env.VK_DRIVER_FILES = hardware.join(':');
  }
  let webgpu: Found['webgpu'];
  try {
    webgpu = (await import(/* @vite-ignore */ 'webgpu' as string)) as Found['webgpu'];
  } catch (err) {
    return `the optional package 'webgpu' is not installed (${String((err as Error).message).split('\n')[0]!.slice(0, 120)})`;
  }
  const gpu = webgpu.create([]);
  const probe = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!probe) return driver === 'system' ? 'Dawn found no adapter for the Vulkan driver here' : `Dawn found no adapter on the lavapipe in ${lavapipeDir()}`;
  const adapter = describe(probe.info, driver);
  if (adapter.software && !allowSoftware) return `only a software adapter (${adapter.description || adapter.device}): pass --backend webgpu to use it`;
  return { webgpu, gpu, adapter };
}

/**
 * Which adapter the WebGPU backend would start on, without starting it (the CLI asks once, before
 * its workers start their own).
 */
export async function probeWebgpu(allowSoftware: boolean): Promise<WebgpuAdapter | string> {
  const found = await findAdapter(allowSoftware);
  return typeof found === 'string' ? found : found.adapter;
}

// One registration a process; a failed `auto` attempt (hardware only) does not stop a later `webgpu` one.
const prepared = new Map<boolean, Promise<string | undefined>>();
let registered = false;

/**
 * Make `navigator.gpu` from Dawn's Node binding and register tfjs's WebGPU backend (once a process).
 * @param allowSoftware false for `auto` (only a hardware adapter counts), true when `webgpu` was asked for.
 * @returns undefined when the backend is registered and an adapter is there, else why not (one line).
 */
export function prepareWebgpu(allowSoftware: boolean): Promise<string | undefined> {
  if (registered) return Promise.resolve(undefined);
  let p = prepared.get(allowSoftware);
  if (!p) {
    p = register(allowSoftware).then((why) => {
      if (why === undefined) registered = true;
      return why;
    });
    prepared.set(allowSoftware, p);
  }
  return p;
}

async function register(allowSoftware: boolean): Promise<string | undefined> {
  const found = await findAdapter(allowSoftware);
  if (typeof found === 'string') return found;
  const { webgpu, gpu, adapter: { driver } } = found;
  // tfjs asks for its own adapter: record the one it gets, not the probe's.
  const request = gpu.requestAdapter.bind(gpu);
  const wrapped: GpuLike = {
    requestAdapter: async (opts?: unknown) => {
      const a = await request(opts);
      if (a) chosen = describe(a.info, driver);
      return a;
    },
  };
  Object.assign(globalThis, webgpu.globals);
  const nav = (globalThis as unknown as { navigator?: Record<string, unknown> }).navigator;
  if (nav) Object.defineProperty(nav, 'gpu', { value: wrapped, configurable: true });
  else (globalThis as { navigator?: unknown }).navigator = { gpu: wrapped };
  // The backend registers itself at import, and only when navigator.gpu exists.
  try {
    await import(/* @vite-ignore */ '@tensorflow/tfjs-backend-webgpu' as string);
  } catch (err) {
    return `the optional package '@tensorflow/tfjs-backend-webgpu' is not installed (${String((err as Error).message).split('\n')[0]!.slice(0, 120)})`;
  }
  return undefined;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { initBackend, parseBackendName } from '../../src/tensor/backend.ts';
import { hardwareIcds } from '../../src/tensor/webgpu.ts';

const saved = { files: process.env.VK_DRIVER_FILES, icd: process.env.VK_ICD_FILENAMES };
afterEach(() => {
  for (const [k, v] of [['VK_DRIVER_FILES', saved.files], ['VK_ICD_FILENAMES', saved.icd]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

function manifest(dir: string, name: string, library: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify({ file_format_version: '1.0.0', ICD: { library_path: library, api_version: '1.3.0' } }));
  return f;
}

describe('WebGPU adapter selection', () => {
  test('a hardware Vulkan driver counts, lavapipe and SwiftShader do not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icd-'));
    const nv = manifest(dir, 'nvidia_icd.json', 'libGLX_nvidia.so.0');
    const lvp = manifest(dir, 'lvp_icd.json', '/x/libvulkan_lvp.so');
    const ss = manifest(dir, 'vk_swiftshader_icd.json', './libvk_swiftshader.so');
    process.env.VK_DRIVER_FILES = [nv, lvp, ss, path.join(dir, 'missing.json')].join(':');
    expect(hardwareIcds()).toEqual([nv]);
    fs.rmSync(dir, { recursive: true });
  });

  test('auto never starts WebGPU on a software adapter: it says why and goes on to wasm', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icd-'));
    process.env.VK_DRIVER_FILES = manifest(dir, 'lvp_icd.json', '/x/libvulkan_lvp.so');
    const info = await initBackend('auto');
    expect(info.name).not.toBe('webgpu');
    expect(info.skipped[0]).toMatch(/^webgpu: no GPU driver/);
    expect(info.adapter).toBeUndefined();
    fs.rmSync(dir, { recursive: true });
  });

  test('webgpu is a backend name', () => {
    expect(parseBackendName('webgpu')).toBe('webgpu');
    expect(() => parseBackendName('gpu')).toThrow(/auto, webgpu, tensorflow, wasm, cpu/);
  });
});

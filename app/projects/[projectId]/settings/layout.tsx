import type { ReactNode } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";

export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      <h1 className="text-xl font-semibold tracking-tight">Settings</h1>
      <SettingsTabs projectId={projectId} />
      <div className="mt-6">{children}</div>
    </main>
  );
}

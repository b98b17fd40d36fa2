import { redirect } from "next/navigation";

export default async function SettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  redirect(`/projects/${encodeURIComponent((await params).projectId)}/settings/members`);
}

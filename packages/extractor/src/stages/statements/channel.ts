// Where a statement was made: "on Telegram", "in a statement", "in an interview with Interfax",
// "in a post on X", "on social media", "in its daily report", "at a meeting with …".
const CHANNEL = /^\s*,?\s*(?:(?:on|late on|early on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|evening|night|afternoon))?\s*,?\s*)?(?:(on|in|at|during|via)\s+((?:the\s+)?(?:telegram|x|twitter|facebook|instagram|youtube|tiktok|social media|state television|television|radio|truth social)(?:\s+(?:messaging\s+)?(?:app|channel|account|page))?|(?:a|an|its|his|her|their|the)\s+(?:(?:joint|written|televised|video|separate|brief|short|daily|weekly|official|online|press)\s+)*(?:statement|post|interview|video|briefing|press conference|news conference|speech|address|report|message|meeting|conference|summit|call|letter|op-ed|comment|comments)(?:\s+(?:on|with|to)\s+[^,.;“”"]{1,60})?))/iu;

export function channelAfter(text: string): { channel: string; length: number } | undefined {
  const m = CHANNEL.exec(text);
  if (!m || !m[2]) return undefined;
  const channel = m[2].replace(/^(?:a|an|the|its|his|her|their)\s+/i, "").trim();
  return { channel, length: m[0].length };
}

namespace CrossBorderBot.Replies;

/// <summary>One title/value pair of a <see cref="FactListBlock"/> ("Weight" / "2 kg").</summary>
public sealed record ReplyFact(string Title, string Value);

namespace CrossBorderBot.Knowledge.Answering.Gaps;

/// <summary>One unanswered question with how often it was asked (the text when any occurrence kept it).</summary>
public sealed record KnowledgeGapSummary(string Hash, int Count, string Language, string? Text, double TopScore, DateTimeOffset LastAsked);

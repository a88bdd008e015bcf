namespace CrossBorderBot.Knowledge.Answering.Gaps;

/// <summary>
/// A question the knowledge base could not answer: when, a hash of the normalised question (so repeats count
/// together without keeping what was asked), its language, how close the best entry came, and the text itself
/// only when the operator has enabled that.
/// </summary>
public sealed record KnowledgeGap(DateTimeOffset Time, string Hash, string Language, double TopScore, string? Text = null);

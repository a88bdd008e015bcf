namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Answers by question id: an answer id for choice/yes-no questions, a number (invariant culture) for
/// number questions. Unanswered questions are simply left out.</summary>
public sealed record ReadinessInput(IReadOnlyDictionary<string, string> Answers);

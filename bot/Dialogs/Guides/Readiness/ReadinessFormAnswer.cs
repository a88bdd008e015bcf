namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What came back from the readiness form: the usable answers by question id (answer ids, or numbers in invariant
/// culture), or the wish to answer <paramref name="OneAtATime"/> instead.
/// </summary>
public sealed record ReadinessFormAnswer(bool OneAtATime, ReadinessAnswers Answers);

namespace CrossBorderBot.Replies;

/// <summary>
/// The verbs of the reply model's buttons that the conversation itself answers: a choice, a form's submit, the rest of
/// an answer. They live with the reply model so that a channel can tell a click the conversation will take from a
/// stale or unknown one by reading the verb alone, without knowing which guide or prompt sent the button. Buttons
/// answered before the conversation (the alerts) keep their own verbs beside their handler.
/// </summary>
public static class ReplyVerbs
{
    /// <summary>A choice of a question (<see cref="ChoiceSetBlock"/>): the verb every prompt answers to.</summary>
    public const string Choose = "choose";

    /// <summary>"More…" under an answer: the rest of it.</summary>
    public const string AnswerMore = "answer-more";

    /// <summary>The submit of the readiness questionnaire's form.</summary>
    public const string ReadinessForm = "readiness_form";

    /// <summary>The submit of the parcel details form of the logistics guide.</summary>
    public const string LogisticsDetails = "logistics_details";

    /// <summary>Every verb the conversation answers (compared without regard to case, as clients may change it).</summary>
    public static IReadOnlySet<string> AnsweredByConversation { get; } =
        new HashSet<string>([Choose, AnswerMore, ReadinessForm, LogisticsDetails], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="verb"/> is the verb of a question's choice.</summary>
    public static bool IsChoice(string? verb) => string.Equals(verb, Choose, StringComparison.OrdinalIgnoreCase);
}

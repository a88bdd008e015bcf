namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// A waiting question that going on answers: a problem's "Is this your problem?" and each of its playbook's steps. Where
/// one waits, "what's next?", "ok did that" or "通知看过了" answers it (read by <see cref="Understanding.GoAheadCues"/>),
/// whatever form the message has; the layer above asks this before taking such a message for a question.
/// </summary>
public interface IGoOnPrompt
{
    /// <summary>True when going on in one's own words answers this question.</summary>
    bool TakesGoingOn { get; }
}

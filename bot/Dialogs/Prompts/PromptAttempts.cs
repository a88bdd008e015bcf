namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// How many replies a waiting prompt has had that it could not take: a prompt counts every message it reads and is
/// replaced by a new one (its count at 0) whenever its question is asked anew, so a count above 0 means the question was
/// met with a reply it could not read and asked again.
/// </summary>
public static class PromptAttempts
{
    internal const string Key = "attempts";

    /// <summary>The unread replies of the prompt in <paramref name="instance"/>; 0 for a fresh prompt or another dialog.</summary>
    public static int Of(DialogInstance instance) => instance.State.ContainsKey(Key) ? instance.GetValue<int>(Key) : 0;
}

namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// Prints the bot's messages in the terminal and remembers the numbered actions of the latest message, so that
/// the user can answer a card by typing a number.
/// </summary>
public sealed class TerminalTranscriptWriter(TextWriter output)
{
    private readonly object _gate = new();
    private List<TerminalAction> _actions = [];

    /// <summary>The actions offered by the most recent message that had any.</summary>
    public IReadOnlyList<TerminalAction> CurrentActions
    {
        get
        {
            lock (_gate)
            {
                return _actions;
            }
        }
    }

    public async Task WriteAsync(IMessageActivity activity, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var actions = new List<TerminalAction>();
        if (RenderedReplies.Of(activity) is { } reply)
        {
            // The activity's text and card are both made from this reply: render the reply itself, once.
            text.AppendLine(TerminalReplyRenderer.Render(reply, TurnLanguage.Of(activity), actions));
        }
        else
        {
            AppendTextAndAttachments(activity, text, actions);
        }

        foreach (var suggestion in activity.SuggestedActions?.Actions ?? [])
        {
            actions.Add(new TerminalAction(suggestion.Title ?? suggestion.Value?.ToString() ?? "?", MessageText: suggestion.Value?.ToString() ?? suggestion.Title));
        }

        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            text.AppendLine(action.Url is null ? $"  [{i + 1}] {action.Title}" : $"  [{i + 1}] {action.Title} <{action.Url}>");
        }

        // A question without buttons ("how many days?") makes earlier buttons stale: "2" is then its answer.
        if (actions.Count > 0 || activity.InputHint == InputHints.ExpectingInput)
        {
            lock (_gate)
            {
                _actions = actions;
            }
        }

        await output.WriteLineAsync(("bot> " + text.ToString().TrimEnd().Replace("\n", "\n     ")).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Activities not built from a reply: their text, and a line naming each attachment. Every card the bot sends is
    /// made from a reply, so there is no card JSON to read back here; a link-only attachment (a file) is offered as a
    /// numbered link.
    /// </summary>
    private static void AppendTextAndAttachments(IMessageActivity activity, StringBuilder text, List<TerminalAction> actions)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            text.AppendLine(activity.Text.Trim());
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            var name = attachment.Name is null ? string.Empty : ": " + attachment.Name;
            text.AppendLine($"[{attachment.ContentType} attachment{name}]");
            if (attachment.ContentUrl is { Length: > 0 } url)
            {
                actions.Add(new TerminalAction(attachment.Name ?? url, Url: url));
            }
        }
    }
}

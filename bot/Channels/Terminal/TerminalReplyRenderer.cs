namespace CrossBorderBot.Channels.Terminal;

/// <summary>
/// A reply in the terminal: the plain-text renderer's text, with the reply's choices and buttons taken out of the
/// text and collected as numbered actions, so typing a number does what clicking would do on a card channel.
/// </summary>
public static class TerminalReplyRenderer
{
    public static string Render(Reply reply, BotLanguage language, List<TerminalAction> actions)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(actions);
        var shown = new List<ReplyBlock>(reply.Blocks.Count);
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case ChoiceSetBlock choiceSet:
                    actions.AddRange(choiceSet.Choices.Select(choice => new TerminalAction(choice.Title, SubmitData: ReplySubmitData.For(choiceSet, choice))));
                    shown.Add(choiceSet with { Choices = [] });
                    break;
                case ActionButtonsBlock buttons:
                    actions.AddRange(buttons.Actions.Select(action => ReplyMarkdown.IsWebLink(action.Url)
                        ? new TerminalAction(action.Title, Url: action.Url)
                        : new TerminalAction(action.Title, SubmitData: ReplySubmitData.For(action))));
                    break;
                default:
                    shown.Add(block);
                    break;
            }
        }

        return PlainTextRenderer.Render(new Reply(shown), language);
    }
}

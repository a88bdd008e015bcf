using CrossBorderBot.Dialogs;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A click, outside any guide, on a button the menu cannot take: a result's "Send me the plan" after the conversation
/// ended, a card of an earlier version of the bot, a verb no handler answers. Said plainly (the button no longer works),
/// then the menu, instead of the menu alone as if nothing had been clicked.
/// </summary>
public static class UnknownButton
{
    /// <summary>True (and said, with the menu after it) when the click is one the menu cannot take and no guide runs.</summary>
    public static async Task<bool> TrySayAsync(DialogContext dc, BotLanguage language, CancellationToken cancellationToken)
    {
        var atMenu = dc.ActiveDialog is null || ConversationPlaces.IsAtMainMenu(dc);
        if (!atMenu || IsMenuChoice(dc.Context.Activity.Value))
        {
            return false;
        }

        await dc.Context.SendActivityAsync(language.IsChinese ? Chinese : English, cancellationToken: cancellationToken);
        await ConversationSteps.RepromptOrStartMenuAsync(dc, cancellationToken);
        return true;
    }

    private const string English = "That button no longer works here, so I did nothing with it. Here is the menu:";

    private const string Chinese = "这个按钮在这里已经不能用了，所以我没有执行它。请从菜单中选择：";

    // The menu's own buttons: a choice whose value is one of its entries.
    private static bool IsMenuChoice(object? value) =>
        ReplySubmitData.Read(value) is { } data && ReplyVerbs.IsChoice(ReplySubmitData.Text(data[ReplySubmitData.VerbKey]))
        && ReplySubmitData.Text(data[ChoiceSetBlock.ValueKey]) is { } chosen && MainMenuDialog.EntryIntents.Contains(chosen);
}

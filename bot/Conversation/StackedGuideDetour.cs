using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A guide stacked on a waiting one (a problem reported in the middle of a shipment) waits at a choice, and the message
/// answers the guide below instead ("1.5 kg" while the problem's best match waits for "yes"): the stacked guide is left,
/// the user is told which guide they are back in, and the guide below takes the message as its answer rather than the
/// choice meeting it with "didn't understand". Any other message goes on to the stacked guide.
/// </summary>
public static class StackedGuideDetour
{
    public static async Task ContinueAsync(DialogContext dc, ConversationPlace place, TurnUnderstanding understanding, Func<Task> continueStacked, CancellationToken cancellationToken)
    {
        if (dc.FindDialog(DialogIds.MainMenu) is not MainMenuDialog menu || GuideBelowTaking(dc, menu, place, understanding) is not { } guideBelow)
        {
            await continueStacked();
            return;
        }

        await dc.EndWithoutResumingAsync(cancellationToken);
        await menu.SayResumedAsync(dc.Context, guideBelow, cancellationToken);
        new TurnUnderstanding(understanding.Message, MessagePurpose.Answer).Attach(dc.Context);
        await continueStacked();
    }

    /// <summary>The id of the guide waiting below when the message is for it and not for the stacked guide's choice.</summary>
    private static string? GuideBelowTaking(DialogContext dc, MainMenuDialog menu, ConversationPlace place, TurnUnderstanding understanding)
    {
        // A plain choice waits on top (not a place, amount or free text, which the message could answer) and the
        // stacked guide does not read the message itself.
        if (dc.Stack.Count < 2 || place.Kind != ConversationPlaceKind.GuideQuestion || place.GuideReadsMessage
            || understanding.Purpose is not (MessagePurpose.Answer or MessagePurpose.Unclear)
            || dc.ActiveLeafDialog?.GetType() != typeof(ChoicePrompt))
        {
            return null;
        }

        // The bottom of the stack: the menu, its steps, then the guide that waits below the stacked one.
        var ids = dc.ActiveDialogIds;
        return ids.Count > 2 && menu.FindGuide(ids[2]) is ISlotGuide below && below.Reads(understanding.Message) ? ids[2] : null;
    }
}

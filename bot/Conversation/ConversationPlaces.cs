using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Reads where a conversation stands (<see cref="ConversationPlace"/>) from its dialog stack: the menu, a guide's
/// question, its result or a free-text question, the running guide, whether it reads the message, and which guide a
/// message gives facts for.
/// </summary>
public sealed class ConversationPlaces(DialogSet dialogs)
{
    /// <summary>Where the conversation in <paramref name="dc"/> stands for <paramref name="recognized"/>.</summary>
    public ConversationPlace Of(DialogContext dc, RecognizedMessage recognized)
    {
        if (dc.ActiveDialog is null || IsAtMainMenu(dc))
        {
            return AtMenu(recognized);
        }

        var guideId = RunningGuideId(dc);
        var guide = RunningGuide(guideId);
        var reads = guide is ISlotGuide slots && slots.Reads(recognized);
        var kind = dc.ActiveLeafDialog switch
        {
            GuideFollowUpPrompt => ConversationPlaceKind.Result,
            TextPrompt => ConversationPlaceKind.FreeText,

            // "Another question?" after an answer is open like the menu: a question is answered, a task started.
            _ when guideId == DialogIds.AskQuestion => ConversationPlaceKind.Menu,
            _ => ConversationPlaceKind.GuideQuestion,
        };
        return new ConversationPlace(kind, guideId, reads, () => FactsGuide(recognized))
        {
            AtPlaybookStep = dc.ActiveLeafDialog is PlaybookWalkDialog,
            TakesGoingOn = dc.ActiveLeafDialog is IGoOnPrompt { TakesGoingOn: true },
        };
    }

    /// <summary>The menu, where the guide <paramref name="recognized"/> gives facts for is found when asked for.</summary>
    public ConversationPlace AtMenu(RecognizedMessage recognized) => new(ConversationPlaceKind.Menu, null, false, () => FactsGuide(recognized));

    // The running guide sits two below the innermost menu (menu → its steps → guide); menus stack when a guide waits.
    private static string? RunningGuideId(DialogContext dc)
    {
        var ids = dc.ActiveDialogIds;
        var menu = ids.Count - 1;
        while (menu >= 0 && ids[menu] != DialogIds.MainMenu)
        {
            menu--;
        }

        return menu >= 0 && ids.Count > menu + 2 ? ids[menu + 2] : null;
    }

    /// <summary>The guide dialog <paramref name="guideId"/> names; null when none.</summary>
    public Dialog? RunningGuide(string? guideId) =>
        guideId is null ? null : (dialogs.Find(DialogIds.MainMenu) as MainMenuDialog)?.FindGuide(guideId);

    /// <summary>
    /// The guide (by its intent) that reads the most of its questions' answers in the message, when it reads two or more.
    /// Where two guides read as many ("LED strip samples to a distributor in Germany": a product and a place, which the
    /// platform and the shipping guide both ask), the facts do not tell them apart: the one the classifier leans to more
    /// is meant (before, the first in the menu's order won, and a shipment started the platform guide).
    /// </summary>
    private string? FactsGuide(RecognizedMessage recognized)
    {
        if (dialogs.Find(DialogIds.MainMenu) is not MainMenuDialog menu)
        {
            return null;
        }

        var read = MainMenuDialog.EntryIntents
            .Select(intent => (Intent: intent, Slots: menu.FindGuideFor(intent) is ISlotGuide guide ? guide.SlotsRead(recognized) : 0))
            .ToList();
        var most = read.Max(candidate => candidate.Slots);
        return most >= 2 ? read.Where(candidate => candidate.Slots == most).MaxBy(candidate => recognized.ScoreOf(candidate.Intent)).Intent : null;
    }

    /// <summary>True when no guide is running: only the menu's own question is waiting.</summary>
    public static bool IsAtMainMenu(DialogContext dc)
    {
        // Each read of the ids walks the stack and every component's inner stack: read them once.
        var ids = dc.ActiveDialogIds;
        return ids.Count > 0 && ids[0] == DialogIds.MainMenu && ids[^1] == DialogIds.MenuChoice;
    }
}

using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The steps a routed turn ends with, the same wherever the message went: go on with the waiting dialog, ask the
/// waiting question again (in the turn's language), show the menu, or start a guide (stacked on a waiting one or in
/// place of what ran).
/// </summary>
internal static class ConversationSteps
{
    /// <summary>Goes on with the waiting dialog; the menu when nothing is left of it.</summary>
    public static async Task ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status is DialogTurnStatus.Empty or DialogTurnStatus.Cancelled && dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// Starts the guide for <paramref name="intent"/>. Asked for while another guide waits for an answer, it stacks on
    /// that guide (which resumes, answers kept, when the new one ends or is cancelled); from the menu or a result it
    /// replaces what ran. Only one guide waits below: a further task replaces the stacked one.
    /// </summary>
    /// <param name="saved">The answers of a recalled plan (as the plan keeps them) to start from, the message read on top.</param>
    public static async Task StartGuideAsync(DialogContext dc, ConversationPlace place, string intent, RecognizedMessage recognized, CancellationToken cancellationToken, bool described = false, string? saved = null)
    {
        var stacks = place.Kind is ConversationPlaceKind.GuideQuestion or ConversationPlaceKind.FreeText && place.GuideId is not null && place.GuideId != DialogIds.AskQuestion;
        var options = new MainMenuOptions(intent, recognized.Text, recognized.Entities, described) { Saved = saved };
        if (dc.Stack.Count > 1)
        {
            await dc.ReplaceDialogAsync(DialogIds.MainMenu, options with { Stacked = true }, cancellationToken);
        }
        else if (stacks)
        {
            await dc.BeginDialogAsync(DialogIds.MainMenu, options with { Stacked = true }, cancellationToken);
        }
        else
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.BeginDialogAsync(DialogIds.MainMenu, options, cancellationToken);
        }
    }

    /// <summary>
    /// Asks the waiting question again from the step that asked it, so it comes in the turn's language and skips what
    /// is known by now; a dialog that cannot be stepped that way repeats its own question.
    /// </summary>
    public static async Task AskAgainAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null || ConversationPlaces.IsAtMainMenu(dc))
        {
            await RepromptOrStartMenuAsync(dc, cancellationToken);
        }
        else if (!await dc.RepeatQuestionAsync(cancellationToken))
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    public static async Task RepromptOrStartMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null || ConversationPlaces.IsAtMainMenu(dc))
        {
            // The menu is rebuilt rather than repeated, so it follows a switch of language.
            dc.ClearStack();
            await dc.BeginDialogAsync(DialogIds.MainMenu, cancellationToken: cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }
}

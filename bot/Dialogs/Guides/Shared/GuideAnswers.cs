using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A guide's answers so far, kept as one typed record in its waterfall's values: read, replaced, or changed in one
/// place for every guide. Answers set this turn are the record itself; stored ones are read from their JSON by
/// <paramref name="read"/> (a guide whose stored shape changed reads the older shape there too).
/// </summary>
public sealed class GuideAnswers<TAnswers>(Func<DialogValues, TAnswers> read)
    where TAnswers : class
{
    /// <summary>Answers whose stored JSON <paramref name="readStored"/> reads (null when none are stored).</summary>
    public GuideAnswers(Func<JToken?, TAnswers> readStored)
        : this(values => values.ReadWith(Key, readStored))
    {
    }

    /// <summary>The key under which every guide keeps its answers (unchanged since they were first kept).</summary>
    public const string Key = "answers";

    public TAnswers Of(DialogValues values) => read(values);

    public TAnswers Of(WaterfallStepContext step) => Of(step.Values);

    public void Set(DialogValues values, TAnswers answers) => values.Set(Key, answers);

    public void Set(WaterfallStepContext step, TAnswers answers) => Set(step.Values, answers);

    public TAnswers Update(WaterfallStepContext step, Func<TAnswers, TAnswers> change)
    {
        var changed = change(Of(step));
        Set(step, changed);
        return changed;
    }

    /// <summary>For answers kept with the serializer's default shape: the stored record, or <paramref name="empty"/>.</summary>
    public static GuideAnswers<TAnswers> Plain(Func<TAnswers> empty) =>
        new(values => values.Get<TAnswers>(Key) ?? empty());
}

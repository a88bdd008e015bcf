namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The slot vocabulary's yes and no words, for a question outside the slots that a yes or a no answers.</summary>
public sealed partial class SlotVocabulary
{
    /// <summary>True when <paramref name="text"/> opens with a yes ("yep exactly", "是这个", "对的，一共二十多单") and no no.</summary>
    public bool OpensWithYes(string? text) => _yesNo.IsAffirmation(Normalize(text));

    /// <summary>True when <paramref name="text"/> opens with a no ("nope", "不是这个").</summary>
    public bool OpensWithNo(string? text) => _yesNo.IsNegation(Normalize(text));

    /// <summary>True when <paramref name="text"/> opens with a correction of an earlier answer ("oops", "说错了", "sorry").</summary>
    public bool OpensWithACorrection(string? text) => _yesNo.OpensWithACorrection(Normalize(text));

    /// <summary>True when the message holds a negation that is no hedge ("先别出结果", "don't show it yet").</summary>
    public bool HasNegation(string? text) => _yesNo.HasNegation(Normalize(text));
}

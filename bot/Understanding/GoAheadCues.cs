using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Going on, said in one's own words where a walk of steps waits (a problem's playbook: its "Is this your problem?" and
/// each step): asking for the next or the first step ("ok what's next", "what should i do first?", "接着呢", "那第一步干嘛")
/// or telling the step done ("ok did that", "got the notice, deadline is friday", "通知看过了", "对比过了，颜色不一样").
/// A question about something else ("what is a plan of action?", "did the buyer get a refund?") or a report that the
/// step did not work ("tried it, didn't help", "还是不行") is neither.
/// </summary>
public static partial class GoAheadCues
{
    /// <summary>
    /// True when the message asks for the next step, or the first one, and nothing else — or to go through what waits one
    /// at a time ("can we go through them one by one?", "一个一个问吧"), asked as the questions taken separately ("each
    /// question on its own", "挨个问", "分开问") or as the form not wanted ("rather than this form", "表格太麻烦").
    /// </summary>
    public static bool AsksToGoOn(string? text) => text is not null && (CueBook.Get(Cue.GoAheadNextStep).IsMatch(text.Trim()) || CueBook.Get(Cue.GoAheadOneAtATime).IsMatch(text));

    /// <summary>True when the message names a time well before the step ("registered in 2021", "去年"): background, not the step done.</summary>
    public static bool TellsLongAgo(string? text) => text is not null && CueBook.Get(Cue.GoAheadLongAgo).IsMatch(text);

    /// <summary>True when the message tells, in one's own words, that the step was done (and not that it failed).</summary>
    public static bool ReportsItDone(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && !CueBook.Get(Cue.GoAheadNotWorked).IsMatch(trimmed)
            && (CueBook.Get(Cue.GoAheadDoneEnglish).IsMatch(trimmed) || (CueBook.Get(Cue.GoAheadDoneChinese).IsMatch(trimmed) && !CueBook.Get(Cue.GoAheadChineseAsks).IsMatch(trimmed)) || (CueBook.Get(Cue.GoAheadDoneThingFirst).IsMatch(trimmed) && !CueBook.Get(Cue.GoAheadNotYet).IsMatch(trimmed)));
    }

    /// <summary>
    /// True when the message leaves the step waiting out, with a reason at most: "skip this one, we already know the cause",
    /// "this step doesn't apply to us", "这步先跳过", "这一步我们用不上，跳到下一步". At a step it goes on like "done".
    /// </summary>
    public static bool SkipsTheStep(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 && !trimmed.EndsWith('?') && !trimmed.EndsWith('？') && (CueBook.Get(Cue.GoAheadSkipEnglish).IsMatch(trimmed) || CueBook.Get(Cue.GoAheadSkipChinese).IsMatch(trimmed));
    }
}

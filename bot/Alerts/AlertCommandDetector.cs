using CrossBorderBot.Understanding;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Recognises alert requests in English and Chinese, in the user's own words: "notify me when the rules for the US
/// change", "keep me posted on EU customs changes", "美国的规则有变化时通知我", "my alerts", "我的提醒", "stop alerts",
/// "取消提醒". A request needs an asking verb and a change or rules word (a weak verb such as "tell me" also needs a
/// "when/if"), so questions about rules ("tell me the rules for the US") go on to the guides. The places come from
/// the recognizer's country and region entities. Stopping is tested first ("stop notifying me about rule changes").
/// </summary>
public sealed partial class AlertCommandDetector(CrossBorderRecognizer recognizer)
{
    public AlertCommand? Detect(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var kind = KindOf(text.ToLowerInvariant());
        if (kind is null)
        {
            return null;
        }

        var entities = recognizer.Understand(text, locale).Entities;
        return new AlertCommand(kind.Value, entities.Locations);
    }

    private static AlertCommandKind? KindOf(string text)
    {
        if ((StopEnglish().IsMatch(text) || StopChinese().IsMatch(text)) && !DoNotForget().IsMatch(text))
        {
            return AlertCommandKind.Stop;
        }

        if (ListEnglish().IsMatch(text) || ListChinese().IsMatch(text) || BareAlerts().IsMatch(text.Trim()))
        {
            return AlertCommandKind.List;
        }

        var english = (StrongAskEnglish().IsMatch(text) || (WeakAskEnglish().IsMatch(text) && ConditionEnglish().IsMatch(text)))
            && TopicEnglish().IsMatch(text);
        var chinese = (StrongAskChinese().IsMatch(text) || (WeakAskChinese().IsMatch(text) && ConditionChinese().IsMatch(text)))
            && TopicChinese().IsMatch(text);
        return english || chinese ? AlertCommandKind.Subscribe : null;
    }

    private const string AlertNounEnglish = @"(alerts?|notifications?|subscriptions?|reminders?|updates)";

    [GeneratedRegex(@"\b(stop|cancel|end|turn off|switch off|disable|remove|delete|mute|pause|no more|unsubscribe from)\b[\w\s'-]{0,30}\b" + AlertNounEnglish + @"\b|\bunsubscribe\b|\b(stop|quit) (notifying|alerting|messaging) me\b|\b(don't|do not|never) (notify|alert) me\b")]
    private static partial Regex StopEnglish();

    [GeneratedRegex(@"(取消|停止|关闭|关掉|不要再?|别再?|退订|不用再?|删除|删掉)[^，。,.!?！？]{0,8}(提醒|订阅|通知|推送)|^退订$|不再(需要)?(提醒|通知)")]
    private static partial Regex StopChinese();

    [GeneratedRegex(@"\b(my|list( my)?|show( me)?( my)?|see( my)?|which|what) " + AlertNounEnglish + @"\b|\bwhat (am i|i'm) (subscribed|signed up) (to|for)\b|\b" + AlertNounEnglish + @" (do i have|am i getting)\b")]
    private static partial Regex ListEnglish();

    [GeneratedRegex(@"我的(提醒|订阅)|(查看|看看|列出|显示)[^，。,.!?！？]{0,4}(提醒|订阅)|我(都)?订阅了(什么|哪些)|有哪些(提醒|订阅)")]
    private static partial Regex ListChinese();

    [GeneratedRegex(@"\b(notify|alert|warn) me\b|\bnotify\b|\bkeep me (posted|updated|informed|in the loop)\b|\bsubscribe\b|\bsign me up\b|\b(set up|get|send me|receive|want|turn on) (an? )?(alerts?|notifications?)\b|\bheads[- ]up\b|\bping me\b")]
    private static partial Regex StrongAskEnglish();

    [GeneratedRegex(@"\b(tell me|let me know|inform me|update me|remind me|message me|email me)\b")]
    private static partial Regex WeakAskEnglish();

    [GeneratedRegex(@"\b(when|whenever|if|once|as soon as|in case|the day)\b")]
    private static partial Regex ConditionEnglish();

    [GeneratedRegex(@"\b(rules?|regulations?|laws?|polic(y|ies)|requirements?|changes?|changed|changing|duties|duty|tariffs?|customs|de minimis|vat|taxe?s?)\b")]
    private static partial Regex TopicEnglish();

    [GeneratedRegex(@"(通知|提醒)我|订阅|第一时间(告诉|通知)|推送给我|给我(发|推送)?(通知|提醒)")]
    private static partial Regex StrongAskChinese();

    [GeneratedRegex(@"告诉我|告知我|跟我说|通知一下|提醒一下")]
    private static partial Regex WeakAskChinese();

    [GeneratedRegex(@"时|的时候|如果|一旦|只要|有变")]
    private static partial Regex ConditionChinese();

    [GeneratedRegex(@"变化|变动|变更|调整|更新|新规|改变|有变|变了|修改|出台")]
    private static partial Regex TopicChinese();

    [GeneratedRegex(@"^(alerts?|rule alerts?|rule-change alerts?|提醒|订阅|规则提醒)$")]
    private static partial Regex BareAlerts();

    [GeneratedRegex(@"别忘|不要忘|don't forget|do not forget")]
    private static partial Regex DoNotForget();
}

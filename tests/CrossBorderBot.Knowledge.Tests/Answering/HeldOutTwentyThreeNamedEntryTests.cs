namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-seventh session, holdout23's largest cause (28 of its 133 misses): an entry the question names is refused
/// because the question asks with words the entry does not contain — who is buying and in which city ("伊兹密尔买家"),
/// what something is called ("叫什么名字"), up to what value or what share ("货值多少令吉以内", "收几成"), since when. Messages of
/// other wording than any set's, written before the mechanism was first run; on the base each is refused ("too little of
/// what is asked") and gets no answer. A fourth, "莫斯科买家 俄罗斯那套强制数字标识 叫什么名字", is now answered from Russia's entry
/// but the reply still leads with the parcel allowance, not the mark's name: the lead is left to the next pass.
/// </summary>
public class HeldOutTwentyThreeNamedEntryTests
{
    [Theory]
    [InlineData("吉隆坡顾客 马来西亚LVG税 管的是货值多少令吉以内的货", "my", "500")]
    [InlineData("伊兹密尔买家 土耳其邮包统一税 欧盟原产的货收几成", "tr", "30")]
    [InlineData("伊斯坦布尔顾客 土耳其那个邮包统一税 非欧盟的货收百分之几", "tr", "60")]
    public void A_named_entry_answers_the_kind_of_fact_asked_whatever_words_wrap_it(string question, string entry, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(entry, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The same shape, a fact the knowledge base does not hold: still no answer.
    [InlineData("吉隆坡顾客 马来西亚LVG税 逾期注册 罚多少令吉")]
    [InlineData("伊斯坦布尔买家 土耳其海关 查验费多少欧元")]
    [InlineData("罗马买家 意大利海关扣货后 多少天内要补材料")]
    [InlineData("首尔客人 韩国个人通关码 办一个要几天")]
    [InlineData("a shopper in milan: what is italy's customs inspection fee in euros")]
    public void A_fact_of_a_kind_the_entry_does_not_hold_stays_unanswered(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "nothing")}: {answer.Lead}");
    }
}

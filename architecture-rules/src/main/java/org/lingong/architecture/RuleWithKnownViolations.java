package org.lingong.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** An ArchUnit rule that lets its documented exceptions pass and fails on any other violation. */
final class RuleWithKnownViolations implements ArchRule {

    private final ArchRule rule;
    private final List<KnownViolation> exceptions;

    RuleWithKnownViolations(ArchRule rule, List<KnownViolation> exceptions) {
        this.rule = rule;
        this.exceptions = List.copyOf(exceptions);
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        return rule.evaluate(classes).filterDescriptionsMatching(
                violation -> exceptions.stream().noneMatch(exception -> exception.covers(violation)));
    }

    @Override
    public void check(JavaClasses classes) {
        Assertions.assertNoViolation(evaluate(classes));
    }

    @Override
    public ArchRule because(String reason) {
        return new RuleWithKnownViolations(rule.because(reason), exceptions);
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        return new RuleWithKnownViolations(rule.allowEmptyShould(allowEmptyShould), exceptions);
    }

    @Override
    public ArchRule as(String newDescription) {
        return new RuleWithKnownViolations(rule.as(newDescription), exceptions);
    }

    @Override
    public String getDescription() {
        return rule.getDescription() + (exceptions.isEmpty() ? "" : ", except " + exceptions.size() + " documented exception(s)");
    }
}

package cn.kjj.platform.program;

import cn.kjj.platform.account.ExpertDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The experts registry as the account feature asks it when an expert gets his account. */
@Component
record ExpertAccountDirectory(ExpertRepository experts) implements ExpertDirectory {

    @Override
    public Optional<ExpertEntry> find(long expertId) {
        return experts.findById(expertId)
                .map(e -> new ExpertEntry(e.getId(), e.getDetails().name(), e.getRegionCode()));
    }
}

package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryRepository;

public interface ExpertRepository extends RegistryRepository<Expert> {
}

package cn.kjj.platform.matching;

import cn.kjj.platform.registry.RegistryRepository;

public interface AchievementRepository extends RegistryRepository<Achievement> {
}

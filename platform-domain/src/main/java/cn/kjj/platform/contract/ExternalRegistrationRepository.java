package cn.kjj.platform.contract;

import cn.kjj.platform.registry.RegistryRepository;

public interface ExternalRegistrationRepository extends RegistryRepository<ExternalRegistration> {
}
